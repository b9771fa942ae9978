import numpy as np
from backprop_ref import backward, forward

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
for l in range(L - 1, 1, -1):
    g = a[l][1:]  # g(z(l)) from the forward pass, bias unit left out
    d[l] = (Theta[l].T @ d[l + 1])[1:] * g * (1 - g)  # g' = g (1 - g)

print(sorted(d))
print(d[2].round(6), backward(Theta, a, z, y)[2].round(6))
