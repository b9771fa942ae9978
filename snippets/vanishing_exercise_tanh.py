import numpy as np
from backprop_ref import init_weights, sigmoid

sizes = [10] * 9 + [1]
Theta = init_weights(sizes, epsilon=0.5, seed=0)
x = np.random.default_rng(0).random(10)
L = len(sizes)


def error_norms(g, g_prime_from_a):
    """|delta(l)|, l = L..2: hidden activation g, sigmoid output, y = 1."""
    a = {1: np.concatenate(([1.0], x))}
    for l in range(1, L):
        z = Theta[l] @ a[l]
        a[l + 1] = sigmoid(z) if l + 1 == L else np.concatenate(([1.0], g(z)))
    d = a[L] - 1.0
    norms = [np.linalg.norm(d)]
    for l in range(L - 1, 1, -1):
        d = (Theta[l].T @ d)[1:] * g_prime_from_a(a[l][1:])
        norms.append(np.linalg.norm(d))
    return norms


sig = error_norms(sigmoid, lambda a: a * (1 - a))     # g' = a (1 - a) <= 1/4
tanh = error_norms(np.tanh, lambda a: 1 - a ** 2)     # g' = 1 - a^2 <= 1
assert tanh[-1] > 100 * sig[-1]
print("sigmoid |delta(2)| / |delta(L)|:", f"{sig[-1] / sig[0]:.1e}")
print("tanh    |delta(2)| / |delta(L)|:", f"{tanh[-1] / tanh[0]:.1e}")
