import numpy as np
from backprop_ref import softmax

# Column i sums a_k (1[k = i] - a_i) over k:
# a_i - a_i * (a_1 + ... + a_sL) = a_i - a_i = 0. The outputs always sum
# to 1, so a change of z_i can only move probability between them.
z = np.array([0.5, -1.0, 2.0, 0.0])
a = softmax(z)
jacobian = np.diag(a) - np.outer(a, a)
print(jacobian.sum(axis=0).round(12) + 0.0)  # + 0.0 turns -0.0 into 0.0
assert np.allclose(jacobian.sum(axis=0), 0.0, rtol=0, atol=1e-16)
