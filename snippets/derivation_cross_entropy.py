import numpy as np
from backprop_ref import backward, forward, init_weights, sigmoid_gradient

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L = 4
a, z = forward(Theta, x)
h = a[L]

dC_da = -y / h + (1 - y) / (1 - h)           # the derivative of the two logs
combined = (h - y) / (h * (1 - h))           # over one common denominator
g_prime = sigmoid_gradient(z[L])
assert np.allclose(dC_da, combined)
assert np.allclose(g_prime, h * (1 - h))     # g(z)(1 - g(z)) = a(1 - a)
delta_L = dC_da * g_prime                    # a(1 - a) cancels ...
assert np.allclose(delta_L, h - y)           # ... and leaves a - y
print("a(L) - y:      ", (h - y).round(6))
print("dC/da * g'(z): ", delta_L.round(6))
print("backward d[L]: ", backward(Theta, a, z, y)[L].round(6))
