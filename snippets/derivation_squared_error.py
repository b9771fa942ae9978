import numpy as np
from backprop_ref import backward, forward, sigmoid, sigmoid_gradient

# One output unit, saturated: for x = 1, z = -8 and a is nearly 0,
# while the target is 1.
Theta = {1: np.array([[0.0, -8.0]])}
x, y = np.array([1.0]), np.array([1.0])
a, z = forward(Theta, x)
L = 2


def C(z_L):                      # the squared error as a function of z(L)
    return 0.5 * np.sum((sigmoid(z_L) - y) ** 2)


eps = 1e-6
numeric = (C(z[L] + eps) - C(z[L] - eps)) / (2 * eps)
squared = (a[L] - y) * sigmoid_gradient(z[L])   # dC/da = a - y, times g'(z)
cross_entropy = a[L] - y                        # g'(z) cancelled
assert np.allclose(squared, numeric, rtol=1e-6)
assert np.allclose(squared, backward(Theta, a, z, y, loss="squared_error")[L])
assert np.allclose(cross_entropy, backward(Theta, a, z, y)[L])
print("a(L):             ", a[L].round(6))
print("squared error:    ", squared.round(6))
print("finite difference:", round(numeric, 6))
print("cross-entropy:    ", cross_entropy.round(6))
