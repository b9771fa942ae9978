import numpy as np
from backprop_ref import backward, forward, init_weights

sizes = [10] * 9 + [1]                     # the 10-layer network of vanishing_delta_bound.py
Theta = init_weights(sizes, seed=0)        # uniform in +-0.12
rng = np.random.default_rng(0)
x, y = rng.random(10), np.array([1.0])
a, z = forward(Theta, x)
d = backward(Theta, a, z, y)

L = len(sizes)
bound = np.linalg.norm(d[L])
for l in range(L - 1, 1, -1):
    factor = 0.25 * np.linalg.norm(Theta[l][:, 1:], ord=2)    # 1/4 |Theta(l) without bias|_2
    bound *= factor
    assert np.linalg.norm(d[l]) <= bound
    print(f"l = {l}: factor {factor:.3f}, |delta(l)| = {np.linalg.norm(d[l]):.1e} <= bound {bound:.1e}")
