import numpy as np
from backprop_ref import forward, sigmoid_gradient, split_theta

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])

a, z = forward(Theta, x)
delta3 = (a[3] - y) * sigmoid_gradient(z[3])
_, W3 = split_theta(Theta[2])
delta2 = (W3.T @ delta3) * sigmoid_gradient(z[2])
dC_dW2 = np.outer(delta2, x)
print(dC_dW2.round(9))
print(round(dC_dW2[0, 0], 9))
