import numpy as np
from backprop_ref import softmax

z = np.array([0.5, -1.0, 2.0])
a = softmax(z)
J = np.diag(a) - np.outer(a, a)  # row k, column i: a_k (1[k = i] - a_i)

epsilon = 1e-6
numeric = np.column_stack([
    (softmax(z + epsilon * e) - softmax(z - epsilon * e)) / (2 * epsilon)
    for e in np.eye(3)
])
print(J.round(6))
print("largest difference:", f"{np.abs(J - numeric).max():.1e}")
assert np.allclose(J, numeric, rtol=0, atol=1e-9)
