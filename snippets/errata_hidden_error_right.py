import numpy as np
from backprop_ref import forward, numerical_gradients, sigmoid_gradient

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])

Delta = {l: np.zeros_like(T) for l, T in Theta.items()}
for x, y in zip(X, Y):
    a, z = forward(Theta, x)
    d3 = a[3] - y
    d2 = (Theta[2].T @ d3)[1:] * sigmoid_gradient(z[2])
    Delta[1] += np.outer(d2, a[1])
    Delta[2] += np.outer(d3, a[2])
D = {l: Delta[l] / len(X) for l in Delta}

N = numerical_gradients(Theta, X, Y)
print(D[1].round(6))
print(N[1].round(6))
assert np.allclose(D[1], N[1], rtol=0, atol=1e-9), "gradient check fails"
