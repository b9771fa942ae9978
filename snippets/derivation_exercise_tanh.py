import numpy as np
from backprop_ref import init_weights, log_sigmoid, sigmoid

# Hidden units with g = tanh, a sigmoid output unit and the cross-entropy.
Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L = 4


def forward_tanh(x):
    a, z = {1: np.concatenate(([1.0], x))}, {}
    for l in range(1, L):
        z[l + 1] = Theta[l] @ a[l]
        if l + 1 < L:
            a[l + 1] = np.concatenate(([1.0], np.tanh(z[l + 1])))
        else:
            a[l + 1] = sigmoid(z[l + 1])
    return a, z


a, z = forward_tanh(x)
d = {L: a[L] - y}                      # unchanged: the output is a sigmoid
for l in range(L - 1, 1, -1):
    g_prime = 1 - a[l][1:] ** 2        # tanh'(z) = 1 - tanh(z)^2
    d[l] = (Theta[l].T @ d[l + 1])[1:] * g_prime


def C_from_z2(z2):                     # the cost as a function of z(2)
    h = np.concatenate(([1.0], np.tanh(z2)))
    z3 = Theta[2] @ h
    z4 = Theta[3] @ np.concatenate(([1.0], np.tanh(z3)))
    return -np.sum(y * log_sigmoid(z4) + (1 - y) * log_sigmoid(-z4))


eps = 1e-6
numeric = np.array([(C_from_z2(z[2] + e) - C_from_z2(z[2] - e)) / (2 * eps)
                    for e in eps * np.eye(3)])
assert np.allclose(d[2], numeric, rtol=1e-6, atol=1e-9)
print("delta(2) with tanh':", d[2].round(6))
print("finite difference:  ", numeric.round(6))
