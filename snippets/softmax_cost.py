import numpy as np
from backprop_ref import cost, forward

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55],
                 [-0.20, 0.10, 0.90]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
# One-hot rows: the classes of the three examples are 3, 1 and 2.
Y = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
m, L, lam = len(X), 3, 0.1

loss = "softmax_cross_entropy"
h = [forward(Theta, X[t], loss=loss)[0][L] for t in range(m)]
data = -sum(Y[t] @ np.log(h[t]) for t in range(m)) / m
# The bias column (column 0) is left out of the weight decay.
weights = lam / (2 * m) * sum(np.sum(T[:, 1:] ** 2) for T in Theta.values())
J = cost(Theta, X, Y, lam=lam, loss=loss)
print(round(data + weights, 6), round(J, 6))
assert np.isclose(data + weights, J, rtol=1e-12)
