import numpy as np
from backprop_ref import cost, gradients, init_weights

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])
Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)
alpha = 3.0

D = gradients(Theta, X, Y)
Theta_next = {l: Theta[l] - alpha * D[l] for l in Theta}
print(round(cost(Theta, X, Y), 6), round(cost(Theta_next, X, Y), 6))
