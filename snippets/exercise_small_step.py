import numpy as np
from backprop_ref import cost, gradients, init_weights

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])
Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)
D = gradients(Theta, X, Y)
squared_norm = sum(np.sum(D[l] ** 2) for l in D)

for alpha in (1e-1, 1e-2, 1e-3):
    step = {l: Theta[l] - alpha * D[l] for l in Theta}
    actual = cost(step, X, Y) - cost(Theta, X, Y)
    predicted = -alpha * squared_norm  # first-order Taylor expansion of J
    print(f"alpha = {alpha:g}: change {actual:.3e},",
          f"predicted {predicted:.3e}, ratio {actual / predicted:.4f}")
    assert actual < 0
assert abs(actual / predicted - 1) < 1e-2
