import numpy as np
from backprop_ref import sigmoid, sigmoid_gradient

z = np.array([-4.0, -1.0, 0.0, 0.5, 3.0])
epsilon = 1e-6
numeric = (sigmoid(z + epsilon) - sigmoid(z - epsilon)) / (2 * epsilon)
formula = sigmoid(z) * (1 - sigmoid(z))
print(formula.round(6))
print(numeric.round(6))
assert np.allclose(numeric, formula, rtol=0, atol=1e-10)
assert np.allclose(sigmoid_gradient(z), formula)
assert sigmoid_gradient(0.0) == 0.25  # the largest value
