import numpy as np
from backprop_ref import backward, cost, forward, init_weights

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
a, z = forward(Theta, x)
d = backward(Theta, a, z, y)

# One more step of the induction, from delta(2) to layer 1. The input is
# a(1) = [1; x] with no activation function, so there is no g' factor.
dC_dx = (Theta[1].T @ d[2])[1:]

eps = 1e-6
numeric = np.array([(cost(Theta, [x + e], [y]) - cost(Theta, [x - e], [y]))
                    / (2 * eps) for e in eps * np.eye(len(x))])
assert np.allclose(dC_dx, numeric, rtol=1e-6, atol=1e-9)
print("[Theta(1)^T delta(2)] without entry 0:", dC_dx.round(6))
print("finite difference in x:              ", numeric.round(6))
