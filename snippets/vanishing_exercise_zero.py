import numpy as np
from backprop_ref import gradients

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [1.0]])            # OR
Theta = {1: np.zeros((4, 3)), 2: np.zeros((1, 5))}

D = gradients(Theta, X, Y)
# delta(2) = [Theta(2)^T delta(3)] ... = 0, because Theta(2) = 0.
assert np.all(D[1] == 0)
# Every hidden unit outputs g(0) = 0.5: the columns j >= 1 of D(2) are equal.
assert np.allclose(D[2][0, 1:], D[2][0, 1]) and D[2][0, 1] != 0
print("OR, D(1):")
print(D[1])
print("OR, D(2):", D[2].round(6))

# XOR: delta(3) = 0.5 - y averages to 0, so D(2) = 0 too: nothing moves.
D = gradients(Theta, X, np.array([[0.0], [1.0], [1.0], [0.0]]))
assert all(np.all(D[l] == 0) for l in D)
print("XOR, D(2):", D[2])
