import numpy as np
from backprop_ref import gradients, init_weights

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])
Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)
alpha = 3.0

D = gradients(Theta, X, Y)  # one D, computed before any layer moves
right = {l: Theta[l] - alpha * D[l] for l in Theta}

wrong = {l: T.copy() for l, T in Theta.items()}
wrong[2] = wrong[2] - alpha * gradients(wrong, X, Y)[2]
# D(1) recomputed with the new Theta(2):
wrong[1] = wrong[1] - alpha * gradients(wrong, X, Y)[1]

print(right[1][0].round(6))
print(wrong[1][0].round(6))
assert np.array_equal(right[2], wrong[2])
assert not np.allclose(right[1], wrong[1])
