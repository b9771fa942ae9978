import numpy as np
from backprop_ref import gradients_vectorized, init_weights

sizes = [10] * 9 + [1]                     # L = 10 layers
rng = np.random.default_rng(0)
X = rng.random((100, 10))
Y = (rng.random((100, 1)) < 0.5).astype(float)

for epsilon in (0.12, 1.0):
    Theta = init_weights(sizes, epsilon=epsilon, seed=0)
    D = gradients_vectorized(Theta, X, Y)
    norms = [np.sqrt(np.sum(D[l] ** 2)) for l in range(9, 0, -1)]
    assert all(later > earlier for later, earlier in zip(norms, norms[1:]))
    print(f"epsilon = {epsilon}: |D(9)| ... |D(1)| =")
    print("  " + " ".join(f"{n:.1e}" for n in norms))
