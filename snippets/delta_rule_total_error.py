import numpy as np
from backprop_ref import cost, forward

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])

a, z = forward(Theta, x)
C = np.sum(0.5 * (y - a[3]) ** 2)
print(a[3].round(9))
print(round(C, 9))
print(round(cost(Theta, [x], [y], loss="squared_error"), 9))
