import numpy as np
from backprop_ref import forward, numerical_gradients, sigmoid, sigmoid_gradient

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])


def layer_1_gradient(hidden_factor):
    """D(1) for one example, with the hidden error's factor passed in."""
    a, z = forward(Theta, x)
    d3 = a[3] - y
    d2 = (Theta[2].T @ d3)[1:] * hidden_factor(z[2])
    return np.outer(d2, a[1])


N = numerical_gradients(Theta, [x], [y])[1]
for name, factor in (("g (the bug)", sigmoid),
                     ("g' (the fix)", sigmoid_gradient)):
    D = layer_1_gradient(factor)
    relative = np.linalg.norm(D - N) / np.linalg.norm(N)
    print(f"{name:13} relative difference {relative:.1e}")
assert np.allclose(layer_1_gradient(sigmoid_gradient), N, rtol=0, atol=1e-9)
assert not np.allclose(layer_1_gradient(sigmoid), N, rtol=0.1)
