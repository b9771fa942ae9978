import numpy as np
from backprop_ref import forward, sigmoid_gradient

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
a, z = forward(Theta, x)
L = 3

d = {L: a[L] - y}
try:
    for l in range(L - 1, 0, -1):
        d[l] = (Theta[l].T @ d[l + 1])[1:] * sigmoid_gradient(z[l])
except KeyError as missing:
    print("KeyError:", missing, sorted(z))
