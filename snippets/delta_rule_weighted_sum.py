import numpy as np
from backprop_ref import forward, sigmoid, split_theta

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x = np.array([0.05, 0.10])

b2, W2 = split_theta(Theta[1])
b3, W3 = split_theta(Theta[2])
a2 = sigmoid(W2 @ x + b2)
z3 = W3 @ a2 + b3
print(b3, W3.tolist())
print(z3.round(9), forward(Theta, x)[1][3].round(9))
