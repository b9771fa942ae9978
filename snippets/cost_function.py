import numpy as np
from backprop_ref import cost, forward

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
m, lam = len(X), 0.1

h = np.array([forward(Theta, x)[0][3] for x in X])
data_term = -np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h)) / m
penalty = lam / (2 * m) * sum(np.sum(T[:, 1:] ** 2) for T in Theta.values())
print(round(data_term + penalty, 9))
print(round(cost(Theta, X, Y, lam=lam), 9))
