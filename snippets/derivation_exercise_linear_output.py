import numpy as np
from backprop_ref import forward, init_weights

# A sigmoid hidden layer and a linear output layer: a(3) = z(3).
Theta = init_weights([2, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.4, -1.5])


def C_network(Theta):            # squared error of the whole network
    hidden, _ = forward({1: Theta[1]}, x)   # layer 1 -> 2, sigmoid units
    a2 = np.concatenate(([1.0], hidden[2]))  # a(2) with its bias unit
    a3 = Theta[2] @ a2                       # g(z) = z, so g'(z) = 1
    return 0.5 * np.sum((a3 - y) ** 2), a3


a3 = C_network(Theta)[1]


def C_moving_z(k, step):         # z(3)_k moved through its bias weight
    moved = {l: T.copy() for l, T in Theta.items()}
    moved[2][k, 0] += step                   # it multiplies a(2)_0 = 1
    return C_network(moved)[0]


eps = 1e-6
numeric = np.array([(C_moving_z(k, eps) - C_moving_z(k, -eps)) / (2 * eps)
                    for k in range(2)])
assert np.allclose(a3 - y, numeric, rtol=1e-6)
print("a(3) - y:         ", (a3 - y).round(6))
print("finite difference:", numeric.round(6))
