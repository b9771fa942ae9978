import numpy as np
from backprop_ref import backward, forward

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])

Delta = {l: np.zeros_like(T) for l, T in Theta.items()}
for t in range(len(X)):
    a, z = forward(Theta, X[t])
    d = backward(Theta, a, z, Y[t])
    for l in Delta:
        Delta[l] += np.outer(d[l + 1], a[l])

print(Delta[1].round(6))
print(Delta[2].round(6))
