import numpy as np
from backprop_ref import cost, softmax

z = np.array([0.5, -1.0, 2.0])
y = np.array([1.0, 1.0, 0.0])  # sums to 2: not a distribution
a = softmax(z)
# The chain rule gives -y_i + a_i (y_1 + ... + y_sL); the last step of
# the derivation used that this sum is 1.
delta = a * y.sum() - y
C = lambda z: -np.sum(y * np.log(softmax(z)))
epsilon = 1e-6
numeric = np.array([(C(z + epsilon * e) - C(z - epsilon * e)) / (2 * epsilon)
                    for e in np.eye(3)])
print(delta.round(6), numeric.round(6), (a - y).round(6))
assert np.allclose(delta, numeric, rtol=0, atol=1e-8)
assert not np.allclose(a - y, numeric)

# The package refuses such a target instead of returning a - y, which is
# not the gradient.
Theta = {1: np.column_stack([z, np.ones(3)])}
try:
    cost(Theta, [[0.0]], [y], loss="softmax_cross_entropy")
except ValueError as error:
    print(error)
else:
    raise AssertionError("a target that sums to 2 was accepted")
