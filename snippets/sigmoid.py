import numpy as np
from backprop_ref import sigmoid, sigmoid_gradient

z = np.array([-2.0, 0.0, 2.0])
g = 1 / (1 + np.exp(-z))
print(g.round(6), sigmoid(z).round(6))
print((g * (1 - g)).round(6), sigmoid_gradient(z).round(6))
