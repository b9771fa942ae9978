import numpy as np
from backprop_ref import gradients, init_weights, numerical_gradients

Theta = init_weights([2, 3, 1], seed=0)
X = np.array([[0.0, 1.0], [1.0, 0.0]])
Y = np.array([[1.0], [0.0]])
D = gradients(Theta, X, Y, lam=0.1)
N = numerical_gradients(Theta, X, Y, lam=0.1)
print({l: D[l].shape for l in D})
print(max(np.abs(D[l] - N[l]).max() for l in D) < 1e-9)
