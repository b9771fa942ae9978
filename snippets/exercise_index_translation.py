import numpy as np
from backprop_ref import init_weights, split_theta

Theta = init_weights([2, 3, 2], seed=1)
# Theta(2)_13: row i = 1 is numpy row 0; column j = 3 stays 3
# (column 0 is the bias).
theta_2_13 = Theta[2][0, 3]
# In the W, b notation Theta(2) = [b(3) | W(3)], so the same weight is
# w(3)_13 = W[0, 2].
b3, W3 = split_theta(Theta[2])
print(round(theta_2_13, 6), round(W3[0, 2], 6))
assert theta_2_13 == W3[0, 2] and np.array_equal(b3, Theta[2][:, 0])
