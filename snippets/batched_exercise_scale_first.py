import numpy as np
from backprop_ref import gradients, init_weights, sigmoid

Theta = init_weights([2, 3, 2], epsilon=1.0, seed=0)
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70], [0.60, 0.40]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
m, L = len(X), 3

A = {1: X}
for l in range(1, L):
    A[l + 1] = sigmoid(np.column_stack([np.ones(m), A[l]]) @ Theta[l].T)

d = {L: (A[L] - Y) / m}                        # 1/m applied to delta(L) only
d[2] = (d[3] @ Theta[2][:, 1:]) * A[2] * (1 - A[2])   # linear in delta(3)
D = {l: d[l + 1].T @ np.column_stack([np.ones(m), A[l]]) for l in (1, 2)}

# The article's loop, which divides Delta by m after the backward pass.
D_loop = gradients(Theta, X, Y)                # lambda = 0: D = Delta / m
for l in Theta:
    assert np.allclose(D[l], D_loop[l])
print("D(1) from delta(L)/m:  ", D[1][0].round(6))
print("gradients, Delta(1)/m: ", D_loop[1][0].round(6))
