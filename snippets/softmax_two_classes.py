import numpy as np
from backprop_ref import sigmoid, softmax

z = np.array([1.3, -0.4])
print(softmax(z)[0].round(12), sigmoid(z[0] - z[1]).round(12))
assert np.isclose(softmax(z)[0], sigmoid(z[0] - z[1]), rtol=1e-14)
