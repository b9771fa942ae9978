import numpy as np
from backprop_ref import backward, forward, gradients

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
m, lam = len(X), 0.1

Delta = {l: np.zeros_like(T) for l, T in Theta.items()}
for t in range(m):
    a, z = forward(Theta, X[t])
    d = backward(Theta, a, z, Y[t])
    for l in Delta:
        Delta[l] += np.outer(d[l + 1], a[l])

D = {}
for l in Theta:
    D[l] = Delta[l] / m
    D[l][:, 1:] += lam / m * Theta[l][:, 1:]

print(D[2].round(6))
print((D[2] - Delta[2] / m).round(6))  # what lambda added: 0 in column j = 0
assert np.allclose(D[2][:, 0], Delta[2][:, 0] / m), "column 0 is Delta / m alone"
assert all(np.allclose(D[l], gradients(Theta, X, Y, lam=lam)[l]) for l in Theta)
