import numpy as np
from backprop_ref import gradients, numerical_gradients

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
m, lam = len(X), 1.0

D = gradients(Theta, X, Y)  # lam = 0: D = Delta / m
for l in D:
    D[l][:, 1:] += lam / m * Theta[l][:, 1:]

N = numerical_gradients(Theta, X, Y, lam=lam)
print(D[2].round(6))
print(N[2].round(6))
assert np.allclose(D[2], N[2], rtol=0, atol=1e-9), "a column is not dJ/dTheta"
