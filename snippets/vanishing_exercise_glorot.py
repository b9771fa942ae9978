import numpy as np
from backprop_ref import gradients_vectorized, init_weights

sizes = [10] * 9 + [1]
rng = np.random.default_rng(0)
X = rng.random((100, 10))
Y = (rng.random((100, 1)) < 0.5).astype(float)

# Glorot and Bengio's range for 10 units in and 10 out.
epsilon = np.sqrt(6) / np.sqrt(10 + 10)
print(f"epsilon_init = {epsilon:.3f}")
for eps in (0.12, epsilon):
    Theta = init_weights(sizes, epsilon=eps, seed=0)
    D = gradients_vectorized(Theta, X, Y)
    first, last = np.linalg.norm(D[1]), np.linalg.norm(D[9])
    print(f"epsilon = {eps:.3f}: |D(1)| / |D(9)| = {first / last:.1e}")
