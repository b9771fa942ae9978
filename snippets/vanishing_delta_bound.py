import numpy as np
from backprop_ref import backward, forward, init_weights

sizes = [10] * 9 + [1]                     # L = 10 layers, 9 weight matrices
Theta = init_weights(sizes, seed=0)        # the default: uniform in +-0.12
rng = np.random.default_rng(0)
x, y = rng.random(10), np.array([1.0])
a, z = forward(Theta, x)
d = backward(Theta, a, z, y)

L = len(sizes)
for l in range(L - 1, 1, -1):
    ratio = np.linalg.norm(d[l]) / np.linalg.norm(d[l + 1])
    bound = 0.25 * np.linalg.norm(Theta[l][:, 1:], ord=2)   # spectral norm
    assert ratio <= bound
    print(f"l = {l}: |delta| = {np.linalg.norm(d[l]):.1e}, "
          f"ratio {ratio:.3f} <= bound {bound:.3f}")
