import numpy as np
from backprop_ref import sigmoid, sigmoid_gradient

z = np.linspace(-10, 10, 2001)
g_prime = sigmoid_gradient(z)
# g(1 - g) = 1/4 - (g - 1/2)^2, and a square is never negative.
assert np.allclose(g_prime, 0.25 - (sigmoid(z) - 0.5) ** 2)
assert g_prime.max() <= 0.25
print("largest g'(z):", g_prime.max(), "at z =", z[g_prime.argmax()])
print("g'(2), g'(5):", sigmoid_gradient(np.array([2.0, 5.0])).round(6))
