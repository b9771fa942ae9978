# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Treinando uma rede com dígitos manuscritos
#
# Neste notebook o algoritmo inteiro trabalha com dados reais. Cada passo é uma função do
# `backprop_ref`, o pacote cujo código acompanha cada fórmula deste site: montamos uma rede,
# conferimos o gradiente de duas maneiras, treinamos a rede e medimos o quanto ela acerta dígitos
# que nunca viu. Execute de cima a baixo; as sementes são fixas, então os números serão os mesmos.
#
# Para executá-lo na sua máquina: a partir de um clone do repositório, `pip install -e ".[notebook]"`
# instala o `backprop_ref` com o que mais este notebook usa (matplotlib, scikit-learn) e o
# JupyterLab; depois abra o arquivo baixado com `jupyter lab`.

# %%
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop_ref import (gradients, gradients_vectorized,
                          init_weights, numerical_gradients,
                          predict, train)

# %% [markdown]
# ## Os dados
#
# O scikit-learn já traz 1797 dígitos manuscritos em imagens de 8×8, então nada é baixado. Cada
# imagem vira uma linha de $X$ com $s_1 = 64$ intensidades de pixel, reescaladas de 0–16 para
# $[0, 1]$. O rótulo $k$ vira uma linha *one-hot* de $Y$: $y_k = 1$ e as outras nove entradas
# são 0. Um quarto das imagens fica separado como conjunto de teste, que o treinamento nunca vê.

# %%
digits = load_digits()
X = digits.data / 16.0
labels = digits.target
Y = np.eye(10)[labels]
(X_train, X_test, Y_train, Y_test,
 labels_train, labels_test) = train_test_split(
    X, Y, labels, test_size=0.25, random_state=0, stratify=labels)
print("treinamento:", X_train.shape, Y_train.shape)
print("teste:      ", X_test.shape, Y_test.shape)

# %% [markdown]
# ## A rede
#
# Três camadas: 64 entradas, 25 unidades ocultas e 10 saídas, uma por dígito. `init_weights`
# sorteia cada peso de $\mathcal{U}(-\epsilon, \epsilon)$ com $\epsilon = 0.12$; o início aleatório
# quebra a simetria entre as unidades ocultas. $\Theta^{(l)}$ tem $s_{l+1}$ linhas e $s_l + 1$
# colunas: a coluna 0, a mais, é a do viés.
#
# A camada de saída é a do artigo: dez unidades sigmoides, $h_\Theta(x)_k = g(z^{(3)}_k)$, cada uma
# treinada com o seu próprio termo de entropia cruzada
# $-y_k \log h_\Theta(x)_k - (1 - y_k) \log(1 - h_\Theta(x)_k)$, e $J$ soma os dez. Assim, todas
# as fórmulas do site valem para esta rede como ela está, inclusive o erro de saída
# $\delta^{(3)} = a^{(3)} - y$. Cada unidade responde à sua própria pergunta, "este dígito é um
# $k$?", por isso as dez saídas não precisam somar 1. Uma
# [camada de saída softmax](../../softmax/) as transforma em uma única distribuição de
# probabilidade sobre os dez dígitos e mantém o mesmo erro de saída; para escolher a unidade mais
# ativa, como faz o `predict` mais abaixo, as unidades sigmoides bastam.

# %%
sizes = [64, 25, 10]
Theta = init_weights(sizes, epsilon=0.12, seed=0)
for l, Theta_l in Theta.items():
    print(f"Theta[{l}]: {Theta_l.shape}")

# %% [markdown]
# ## Verificação do gradiente
#
# Antes de confiar na retropropagação, comparamos o seu
# $D^{(l)} = \partial J / \partial \Theta^{(l)}$ com uma estimativa numérica, peso por peso:
#
# $$\frac{\partial J}{\partial \Theta^{(l)}_{ij}} \approx
#   \frac{J(\Theta + \epsilon E_{ij}) - J(\Theta - \epsilon E_{ij})}{2\epsilon}$$
#
# Isso custa duas avaliações de $J$ por peso, por isso a verificação usa uma rede pequena
# (4 unidades ocultas) e 20 exemplos, com a regularização ligada ($\lambda = 1$) para conferir
# também a regra da coluna do viés. Uma diferença relativa em torno de $10^{-9}$ ou menor significa
# que os dois concordam; uma fórmula errada, como $g(z)$ no lugar de $g'(z)$, dá diferenças da
# ordem de $10^{-1}$.

# %%
small = init_weights([64, 4, 10], seed=1)
X_check, Y_check = X_train[:20], Y_train[:20]
D = gradients(small, X_check, Y_check, lam=1.0)
N = numerical_gradients(small, X_check, Y_check, lam=1.0)
for l in D:
    gap = np.linalg.norm(D[l] - N[l]) / np.linalg.norm(D[l] + N[l])
    print(f"camada {l}: diferença relativa {gap:.0e}")

# %% [markdown]
# `gradients` segue o artigo ao pé da letra, um exemplo de cada vez. `gradients_vectorized` faz as
# mesmas somas com um único produto de matrizes por camada, e é ela que o `train` usa. Na rede
# completa, com 200 exemplos, as duas precisam dar o mesmo $D$, a menos de arredondamento.

# %%
X_some, Y_some = X_train[:200], Y_train[:200]
D_loop = gradients(Theta, X_some, Y_some, lam=1.0)
D_fast = gradients_vectorized(Theta, X_some, Y_some, lam=1.0)
for l in D_loop:
    same = np.allclose(D_loop[l], D_fast[l], rtol=1e-10, atol=1e-15)
    print(f"camada {l}: mesmo D a menos de arredondamento: {same}")

# %% [markdown]
# ## Treinamento
#
# `train` repete o passo de descida do gradiente
#
# $$\Theta^{(l)} := \Theta^{(l)} - \alpha D^{(l)}$$
#
# com taxa de aprendizado $\alpha = 0.25$, em minilotes embaralhados de 16 exemplos. Uma época é
# uma passada pelas 1347 imagens de treinamento; `history` guarda o custo $J(\Theta)$ em todo o
# conjunto de treinamento antes de começar e depois de cada época.

# %%
Theta_trained, history = train(Theta, X_train, Y_train, alpha=0.25,
                               epochs=60, batch_size=16, seed=0)
print(f"J antes do treinamento: {history[0]:.3f}")
print(f"J depois de {len(history) - 1} épocas: {history[-1]:.3f}")

# %% alt="Curva de aprendizado: o custo de treinamento J(Θ), em escala logarítmica, cai depressa nas dez primeiras épocas e depois continua caindo devagar até a época 60."
fig, ax = plt.subplots(figsize=(6.5, 3.5))
ax.plot(history)
ax.set_yscale("log")
ax.set_xlabel("época")
ax.set_ylabel(r"custo $J(\Theta)$, treinamento")
ax.set_title("Curva de aprendizado")
ax.grid(True, alpha=0.3)
plt.show()

# %% [markdown]
# ## Acurácia no teste
#
# `predict` escolhe a unidade de saída mais ativa, $\hat y = \arg\max_k h_\Theta(x)_k$. Nas imagens
# de teste, que o treinamento nunca tocou:

# %%
predicted = predict(Theta_trained, X_test)
correct = predicted == labels_test
print(f"acurácia no teste: {correct.mean():.1%}",
      f"({correct.sum()} de {correct.size} imagens)")

# %% [markdown]
# ## Algumas predições
#
# As oito primeiras imagens de teste e, depois, quatro em que a rede errou. O título é a predição,
# com o rótulo verdadeiro entre parênteses: verde quando coincidem, vermelho quando não.

# %% alt="Doze dígitos de teste de 8×8, cada um com a predição da rede no título e, entre parênteses, o rótulo verdadeiro: os oito primeiros, em verde, foram lidos corretamente; os quatro últimos, em vermelho, são dígitos em que a rede errou."
shown = np.concatenate([np.arange(8), np.flatnonzero(~correct)[:4]])
fig, axes = plt.subplots(2, 6, figsize=(9, 3.6))
for ax, t in zip(axes.flat, shown):
    ax.imshow(X_test[t].reshape(8, 8), cmap="gray_r")
    colour = "tab:green" if correct[t] else "tab:red"
    ax.set_title(f"{predicted[t]} ({labels_test[t]})", color=colour)
    ax.axis("off")
fig.suptitle("Predição (rótulo verdadeiro)")
plt.show()
