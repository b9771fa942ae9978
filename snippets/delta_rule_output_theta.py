import numpy as np
from backprop_ref import backward, forward, gradients, join_theta, sigmoid_gradient

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])

a, z = forward(Theta, x)
d = backward(Theta, a, z, y, loss="squared_error")
D2 = np.outer(d[3], a[2])
print(D2.round(9))

delta3 = (a[3] - y) * sigmoid_gradient(z[3])
assert np.allclose(D2, join_theta(delta3, np.outer(delta3, a[2][1:])))  # [b | W]
assert np.allclose(D2, gradients(Theta, [x], [y], loss="squared_error")[2])
