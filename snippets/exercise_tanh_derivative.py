import numpy as np
from backprop_ref import sigmoid, sigmoid_gradient

z = np.array([-2.0, -0.5, 0.0, 1.0, 2.5])
tanh = 2 * sigmoid(2 * z) - 1  # tanh written with the sigmoid
assert np.allclose(tanh, np.tanh(z), rtol=1e-14)

chain_rule = 2 * 2 * sigmoid_gradient(2 * z)  # d/dz of 2 g(2z) - 1
print(chain_rule.round(6))
print((1 - tanh ** 2).round(6))
assert np.allclose(chain_rule, 1 - tanh ** 2, rtol=1e-12)
