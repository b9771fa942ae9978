import numpy as np
from backprop_ref import cost, forward, init_weights, sigmoid_gradient

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L = 4
a, z = forward(Theta, x)
h = a[L]

dC_da = -y / h + (1 - y) / (1 - h)           # the derivative of the two logs
combined = (h - y) / (h * (1 - h))           # over one common denominator
g_prime = sigmoid_gradient(z[L])
assert np.allclose(dC_da, combined)
assert np.allclose(g_prime, h * (1 - h))     # g(z)(1 - g(z)) = a(1 - a)
delta_L = dC_da * g_prime                    # a(1 - a) cancels ...
assert np.allclose(delta_L, h - y)           # ... and leaves a - y


def C_of_a(a_L):                             # the cost of the output a(L)
    return -np.sum(y * np.log(a_L) + (1 - y) * np.log(1 - a_L))


def C_moving_z(k, step):
    """C of the whole network with z(L)_k moved by step: the bias weight
    Theta(L-1)_k0 multiplies a(L-1)_0 = 1, so moving it moves z(L)_k."""
    moved = {l: T.copy() for l, T in Theta.items()}
    moved[L - 1][k, 0] += step
    return cost(moved, [x], [y])


eps = 1e-6
numeric_da = np.array([(C_of_a(h + e) - C_of_a(h - e)) / (2 * eps)
                       for e in eps * np.eye(2)])
numeric_dz = np.array([(C_moving_z(k, eps) - C_moving_z(k, -eps)) / (2 * eps)
                       for k in range(2)])
assert np.allclose(dC_da, numeric_da, rtol=1e-6)
assert np.allclose(h - y, numeric_dz, rtol=1e-6)
print("dC/da:             ", dC_da.round(6))
print("finite difference: ", numeric_da.round(6))
print("a(L) - y:          ", (h - y).round(6))
print("finite difference: ", numeric_dz.round(6))
