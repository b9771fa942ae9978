import numpy as np
from backprop_ref import softmax

z = np.array([0.5, -1.0, 2.0])
y = np.array([0.0, 1.0, 0.0])
a = softmax(z)
jacobian = np.diag(a) - np.outer(a, a)  # da_k/dz_i in row k, column i
dC_da = -y / a

delta = jacobian.T @ dC_da  # sum over k of dC/da_k * da_k/dz_i, for every i
print(delta.round(6), (a - y).round(6))
assert np.allclose(delta, a - y, rtol=0, atol=1e-15)
