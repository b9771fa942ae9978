import numpy as np
from backprop_ref import forward, sigmoid_gradient

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])

a, z = forward(Theta, x)
delta3 = (a[3] - y) * sigmoid_gradient(z[3])
dC_db3 = delta3 * 1.0
print(dC_db3.round(9))
