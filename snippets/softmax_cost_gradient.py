import numpy as np
from backprop_ref import softmax

a = softmax(np.array([0.5, 1.75, -0.2]))  # three outputs that sum to 1
y = np.array([0.0, 1.0, 0.0])
# C as a function of the outputs a, with y fixed
C = lambda a: -np.sum(y * np.log(a))

epsilon = 1e-6
numeric = np.array([(C(a + epsilon * e) - C(a - epsilon * e)) / (2 * epsilon)
                    for e in np.eye(3)])
# + 0.0 turns -0.0 into 0.0
print((-y / a).round(6) + 0.0, numeric.round(6) + 0.0)
assert np.allclose(-y / a, numeric, rtol=0, atol=1e-8)
