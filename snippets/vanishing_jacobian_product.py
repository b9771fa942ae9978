import numpy as np
from backprop_ref import backward, forward, init_weights

sizes = [5, 7, 6, 8, 6, 7, 4, 3]             # L = 8 layers of different widths
Theta = init_weights(sizes, epsilon=1.0, seed=1)
rng = np.random.default_rng(1)
x, y = rng.random(5), np.array([0.0, 1.0, 0.0])
a, z = forward(Theta, x)
d = backward(Theta, a, z, y)                 # the recursion, layer by layer

L = len(sizes)
product = np.eye(sizes[-1])                  # the Jacobians multiplied from layer L - 1 down to l
for l in range(L - 1, 1, -1):
    g_prime = np.diag(a[l][1:] * (1 - a[l][1:]))         # diag(g'(z(l))), (s_l, s_l)
    product = g_prime @ Theta[l][:, 1:].T @ product      # (s_l, s_L)
    delta = product @ d[L]
    assert np.allclose(delta, d[l], rtol=1e-12, atol=0)
    print(f"l = {l}: product {product.shape}, |delta(l)| = {np.linalg.norm(delta):.2e},",
          "equal to backward's d(l):", np.allclose(delta, d[l], rtol=1e-12, atol=0))
