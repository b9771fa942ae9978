from backprop_ref import backward, forward, gradients, init_weights, split_theta

Theta = init_weights([2, 3, 2], seed=0)
x, y = [0.05, 0.10], [0.01, 0.99]
a, z = forward(Theta, x)
d = backward(Theta, a, z, y)
D = gradients(Theta, [x], [y])
b, W = split_theta(Theta[1])

print("Theta", {l: T.shape for l, T in Theta.items()})
print("a", {l: v.shape for l, v in a.items()})
print("z", {l: v.shape for l, v in z.items()})
print("d", {l: v.shape for l, v in d.items()})
print("D", {l: v.shape for l, v in D.items()})
print("b, W", b.shape, W.shape)
