import numpy as np
from backprop_ref import forward, sigmoid

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x = np.array([0.05, 0.10])

a1 = np.concatenate(([1.0], x))
z2 = Theta[1] @ a1
a2 = np.concatenate(([1.0], sigmoid(z2)))
z3 = Theta[2] @ a2
a3 = sigmoid(z3)

a, z = forward(Theta, x)
print(a2.round(6), a[2].round(6))
print(a3.round(6), a[3].round(6))
