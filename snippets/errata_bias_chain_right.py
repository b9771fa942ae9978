import numpy as np
from backprop_ref import forward, numerical_gradients, sigmoid_gradient, split_theta

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])

a, z = forward(Theta, x)
delta3 = (a[3] - y) * sigmoid_gradient(z[3])
_, W3 = split_theta(Theta[2])
chain = (W3.T @ delta3) * sigmoid_gradient(z[2]) * 1.0

N = numerical_gradients(Theta, [x], [y], loss="squared_error")
print(chain.round(9))
print(N[1][:, 0].round(9))
assert np.allclose(chain, N[1][:, 0], rtol=0, atol=1e-9), "not dC/db(L-1)"
