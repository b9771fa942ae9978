import numpy as np
from backprop_ref import backward, forward, gradients, join_theta

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])

a, z = forward(Theta, x)
d = backward(Theta, a, z, y, loss="squared_error")
D1 = np.outer(d[2], a[1])
print(D1.round(9))
assert np.allclose(D1, join_theta(d[2], np.outer(d[2], x)))  # [b | W]
assert np.allclose(D1, gradients(Theta, [x], [y], loss="squared_error")[1])
