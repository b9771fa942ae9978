import numpy as np
from backprop_ref import forward, init_weights

# A sigmoid hidden layer and a linear output layer: a(3) = z(3).
Theta = init_weights([2, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.4, -1.5])
hidden, _ = forward({1: Theta[1]}, x)       # layer 1 -> 2, sigmoid units
a2 = np.concatenate(([1.0], hidden[2]))     # a(2) with its bias unit
z3 = Theta[2] @ a2
a3 = z3                                     # g(z) = z, so g'(z) = 1


def C(z3):                                  # squared error of the output
    return 0.5 * np.sum((z3 - y) ** 2)


eps = 1e-6
numeric = np.array([(C(z3 + e) - C(z3 - e)) / (2 * eps)
                    for e in eps * np.eye(2)])
assert np.allclose(a3 - y, numeric, rtol=1e-6)
print("a(3) - y:         ", (a3 - y).round(6))
print("finite difference:", numeric.round(6))
