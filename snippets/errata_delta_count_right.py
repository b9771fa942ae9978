import numpy as np
from backprop_ref import gradients, init_weights

sizes = [2, 3, 1]
L = len(sizes)
Theta = init_weights(sizes, seed=0)

Delta = {l: np.zeros_like(Theta[l]) for l in range(1, L)}  # l = 1, ..., L-1
shapes = {l: Delta[l].shape for l in Delta}
print(L, "layers,", len(Delta), "accumulators:", shapes)

D = gradients(Theta, np.array([[0.0, 1.0]]), np.array([[1.0]]))
assert sorted(D) == sorted(Delta) == sorted(Theta), "one D per weight matrix"
