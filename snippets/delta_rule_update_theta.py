import numpy as np
from backprop_ref import gradients

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])
alpha = 0.5

D = gradients(Theta, [x], [y], loss="squared_error")
Theta_new = {l: Theta[l] - alpha * D[l] for l in Theta}
print(Theta_new[2].round(8))
print(Theta_new[1].round(9))
