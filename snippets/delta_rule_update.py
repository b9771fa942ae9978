import numpy as np
from backprop_ref import forward, join_theta, sigmoid_gradient, split_theta

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])
alpha = 0.5

a, z = forward(Theta, x)
delta3 = (a[3] - y) * sigmoid_gradient(z[3])
b3, W3 = split_theta(Theta[2])
delta2 = (W3.T @ delta3) * sigmoid_gradient(z[2])
b2, W2 = split_theta(Theta[1])

W3_new = W3 - alpha * np.outer(delta3, a[2][1:])
b3_new = b3 - alpha * delta3
W2_new = W2 - alpha * np.outer(delta2, x)
b2_new = b2 - alpha * delta2
print(W3_new.round(8))
print(W2_new.round(9))
print(join_theta(b3_new, W3_new).round(8))
