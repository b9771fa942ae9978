import numpy as np
from backprop_ref import forward, sigmoid

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x = np.array([0.05, 0.10])

a1 = np.concatenate(([1.0], x))  # a(1) starts with the bias unit a(1)_0 = 1
a2 = np.concatenate(([1.0], sigmoid(Theta[1] @ a1)))  # so does a(2)
z3 = Theta[2] @ a2
a, z = forward(Theta, x)
print(Theta[2][:, 0], Theta[2][:, 1:].tolist())
print(z3.round(9), z[3].round(9))
